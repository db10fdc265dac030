using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;

namespace Marsad.Cli.Commands;

/// <summary>Parses and runs a command line; usage errors exit with 2, as the CLI promises.</summary>
public static class CommandRunner
{
    public const int Ok = 0, SomeFailed = 1, UsageError = 2;

    public static int Run(RootCommand root, string[] args, TextWriter? stderr = null)
    {
        // `marsad` alone prints the help rather than an error
        root.SetAction(parse => new HelpAction().Invoke(parse));
        var parse = root.Parse(args);
        var errors = parse.Errors.Select(e => e.Message).Concat(UnknownOptions(parse)).ToList();
        if (errors.Count > 0 && parse.Action is not HelpAction)
        {
            stderr ??= Console.Error;
            foreach (var error in errors) stderr.WriteLine($"marsad: {error}");
            stderr.WriteLine("Run 'marsad --help' (or 'marsad COMMAND --help') for usage.");
            return UsageError;
        }
        return parse.Invoke();
    }

    /// <summary>
    /// A token like an option that no option of the command matched (--pubished) was taken as a file name or a
    /// word of the query; it is a usage error, not an input. A lone "-" is standard input.
    /// </summary>
    private static IEnumerable<string> UnknownOptions(ParseResult parse) =>
        parse.CommandResult.Children.OfType<ArgumentResult>()
            .SelectMany(a => a.Tokens)
            .Where(t => t.Value.Length > 1 && t.Value[0] == '-' && !char.IsAsciiDigit(t.Value[1]))
            .Select(t => $"unknown option '{t.Value}' for '{parse.CommandResult.Command.Name}'");
}
