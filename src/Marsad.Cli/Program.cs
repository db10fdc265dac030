using System.CommandLine;
using Marsad.Cli.Commands;

// The `marsad` command: a table of contents of its subcommands.
var root = new RootCommand("Marsad (مرصد): structured, verifiable data from Arabic news.")
{
    AnalyzeCommand.Create(),
    CopiesCommand.Create(),
    StoriesCommand.Create(),
};
return CommandRunner.Run(root, args);
