using Marsad.Corpus.Postgres;
using Marsad.Evaluation.Search;

namespace Marsad.Cli.Commands;

/// <summary>`marsad eval search --store postgres://…`: the PostgreSQL store's search scored beside the embedded index, and their top-10 agreement.</summary>
public static class StoreSearch
{
    public static bool Compare(SearchEvaluation evaluation, SearchGold gold, string store, Func<string, IReadOnlyList<string>> embedded, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            using var postgres = PostgresStore.Open(store);
            var search = new PostgresSearch(postgres);
            evaluation.Run(new SearchSystem("marsad-postgres", search.Search));
            var agreement = new TopAgreement();
            foreach (var q in gold.Queries)
            {
                var ids = search.Search(q.Text, agreement.Depth);
                agreement.Add(q, embedded(q.Text), ids);
            }
            stdout.Write(agreement.Report("marsad", "marsad-postgres"));
            return true;
        }
        catch (Exception e) when (ScaleOutFailure.Reason(e, store, null) is { } reason)
        {
            stderr.WriteLine($"marsad: {reason}");
            return false;
        }
    }
}
