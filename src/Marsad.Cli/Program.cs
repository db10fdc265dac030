using System.CommandLine;
using Marsad.Cli.Commands;

// The `marsad` command: a table of contents of its subcommands.
EvalCommand.AddSubcommand(EvalEventsCommand.Create);
EvalCommand.AddSubcommand(EvalAnalysisCommand.Create);
EvalCommand.AddSubcommand(EvalNerMarginCommand.Create);
EvalCommand.AddSubcommand(EvalSampleCommand.Create);
EvalCommand.AddSubcommand(EvalSearchCommand.Create);
EvalCommand.AddSubcommand(EvalStoriesCommand.Create);
var root = new RootCommand("Marsad (مرصد): structured, verifiable data from Arabic news.")
{
    AnalyzeCommand.Create(),
    TrainCommand.Create(),
    EvalCommand.Create(),
    IngestCommand.Create(),
    WorkerCommand.Create(),
    MigrateCommand.Create(),
    SearchCommand.Create(),
    KbCommand.Create(),
    ExportCommand.Create(),
    ServeCommand.Create(),
    CopiesCommand.Create(),
    StoriesCommand.Create(),
    EntityCommand.Create(),
    AuditCommand.Create(),
    WatchCommand.Create(),
    AlertCommand.Create(),
};
return CommandRunner.Run(root, args);
