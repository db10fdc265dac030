using Marsad.Analysis;
using Marsad.Corpus.Store;

namespace Marsad.Corpus.Tests.Store;

public sealed class ArticleStoreTests
{
    private const string Text = "أعلنت وزارة الصحة اليوم تسجيل انخفاض في عدد الإصابات للأسبوع الثالث على التوالي.";

    private static NewArticle Article(string text, string? url = null) =>
        new(ArticleIdentity.For(text, url), url, "عنوان", "2015-07-21", "example", null, "test", text, Marsad.Analysis.Json.AnalysisJsonWriter.ToJson(new Document(text)));

    [Fact]
    public void The_same_url_is_stored_once()
    {
        using var dir = new TempDir();
        using var store = ArticleStore.Open(dir.File("a.db"));
        Assert.True(store.Add(Article(Text, "https://news.example/a/1")));
        Assert.False(store.Add(Article(Text + " تحديث", "HTTPS://NEWS.EXAMPLE/a/1/#comments")));
        Assert.Equal(1, store.Count);
    }

    [Fact]
    public void Without_url_the_folded_text_identifies_the_article()
    {
        using var dir = new TempDir();
        using var store = ArticleStore.Open(dir.File("a.db"));
        store.Add(Article(Text));
        // Same words with other spaces, hamza forms and diacritics: the same article.
        Assert.False(store.Add(Article("اعلنت  وزارة الصحة اليومَ تسجيل انخفاض في عدد الاصابات للاسبوع الثالث على التوالي")));
        Assert.True(store.Add(Article(Text.Replace("الثالث", "الرابع", StringComparison.Ordinal))));
        Assert.Equal(2, store.Count);
    }

    [Fact]
    public void Ids_are_stable_across_stores_and_runs()
    {
        Assert.Equal(ArticleIdentity.For(Text, null).Id, ArticleIdentity.For(Text, null).Id);
        Assert.Equal(ArticleIdentity.For("x", "https://a.example/1").Id, ArticleIdentity.For("y", "https://a.example/1/").Id);
    }

    [Fact]
    public void An_article_reads_back_with_its_metadata_and_analysis()
    {
        using var dir = new TempDir();
        using var store = ArticleStore.Open(dir.File("a.db"));
        var a = Article(Text, "https://news.example/a/2");
        store.Add(a);
        var back = store.Get(a.Identity.Id)!;
        Assert.Equal((a.Url, a.Title, a.Published, a.Source, a.Text, a.AnalysisJson), (back.Url, back.Title, back.Published, back.Source, back.Text, back.AnalysisJson));
        Assert.Equal(1, back.Seq);
        Assert.Equal(20150721, back.Day);
    }

    [Fact]
    public void Enumerate_streams_in_commit_order_after_a_sequence_number()
    {
        using var dir = new TempDir();
        using var store = ArticleStore.Open(dir.File("a.db"));
        store.AddBatch([.. Enumerable.Range(0, 1200).Select(i => Article($"{Text} {i}"))]);
        Assert.Equal(Enumerable.Range(1001, 200).Select(i => (long)i), store.Enumerate(1000).Select(a => a.Seq));
        Assert.Equal(1200, store.Enumerate().Count());
    }
}
