using System.CommandLine;
using System.CommandLine.Help;

namespace Marsad.Cli.Commands;

/// <summary>Parses and runs a command line; usage errors exit with 2, as the CLI promises.</summary>
public static class CommandRunner
{
    public const int Ok = 0, SomeFailed = 1, UsageError = 2;

    public static int Run(RootCommand root, string[] args)
    {
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is not HelpAction)
        {
            foreach (var error in parse.Errors) Console.Error.WriteLine($"marsad: {error.Message}");
            Console.Error.WriteLine("Run 'marsad --help' (or 'marsad COMMAND --help') for usage.");
            return UsageError;
        }
        return parse.Invoke();
    }
}
