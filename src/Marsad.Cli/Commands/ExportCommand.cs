using System.CommandLine;
using Marsad.Corpus.Export;
using Marsad.Corpus.Store;

namespace Marsad.Cli.Commands;

/// <summary>`marsad export [--data DIR | --store STORE] --format jsonl|csv|parquet|gexf [--what …] [--out FILE]`: the corpus as data files.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var data = IngestCommand.DataOption();
        var store = StoreAccess.StoreOption();
        var format = new Option<string>("--format") { Description = "jsonl, csv, parquet, or gexf (the entity network)", Required = true };
        format.AcceptOnlyFromAmong("jsonl", "csv", "parquet", "gexf");
        var what = new Option<string>("--what") { Description = "articles, entities, quotes, events (one row per event), copies (one row per copy pair), stories, or story_articles", DefaultValueFactory = _ => "articles" };
        what.AcceptOnlyFromAmong(ExportTables.Names);
        var output = new Option<string?>("--out") { Description = "Output file (default: standard output; required for parquet)" };
        var bom = new Option<bool>("--bom") { Description = "Start a CSV with a byte-order mark (for spreadsheet programs that need it to read Arabic)" };
        var command = new Command("export", "Export the corpus: articles, entities, quotes, events, copies or stories as JSONL/CSV/Parquet, or the entity network as GEXF")
        {
            data, store, format, what, output, bom,
        };
        command.SetAction(parse => Run(parse.GetValue(data)!, parse.GetValue(format)!, parse.GetValue(what)!, parse.GetValue(output), Console.Error, parse.GetValue(bom), parse.GetValue(store)));
        return command;
    }

    public static int Run(string dataDir, string format, string what, string? outPath, TextWriter stderr, bool bom = false, string? store = null)
    {
        if (format == "parquet" && outPath is null) { stderr.WriteLine("marsad: --format parquet needs --out FILE"); return CommandRunner.UsageError; }
        if (StoreAccess.Open(dataDir, store, stderr) is not { } reader) return CommandRunner.SomeFailed;
        using (reader)
        {
            string tmp = outPath is null ? "" : outPath + ".partial";
            using (var stream = outPath is null ? Console.OpenStandardOutput() : File.Create(tmp))
            {
                if (format == "gexf")
                {
                    var (nodes, edges) = GexfWriter.Write(reader, stream);
                    stderr.WriteLine($"marsad: {nodes:N0} entities, {edges:N0} links");
                }
                else
                {
                    var columns = ExportTables.Columns(what);
                    var rows = ExportTables.Rows(reader, what);
                    long n = format switch
                    {
                        "jsonl" => TableWriters.WriteJsonLines(columns, rows, stream),
                        "csv" => TableWriters.WriteCsv(columns, rows, stream, bom),
                        _ => TableWriters.WriteParquetAsync(columns, rows, stream).GetAwaiter().GetResult(),
                    };
                    stderr.WriteLine($"marsad: {n:N0} {what} rows");
                }
            }
            // Written aside and renamed, so a failed export never leaves a half file under the asked name.
            if (outPath is not null) File.Move(tmp, outPath, overwrite: true);
            return CommandRunner.Ok;
        }
    }
}
