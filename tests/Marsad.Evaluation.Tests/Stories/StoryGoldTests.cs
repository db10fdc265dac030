using Marsad.Evaluation.Stories;

namespace Marsad.Evaluation.Tests.Stories;

/// <summary>The judged stories are read per split, a malformed row is named, and the project's set holds what it promises.</summary>
public sealed class StoryGoldTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("marsad-story-gold-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    private string Split(string name, string stories, string? pairs = null)
    {
        string dir = Directory.CreateDirectory(Path.Combine(_dir, name)).FullName;
        File.WriteAllText(Path.Combine(dir, "stories.tsv"), "# story\tfile\turl\n" + stories);
        if (pairs is not null) File.WriteAllText(Path.Combine(dir, "event-pairs.tsv"), pairs);
        return dir;
    }

    [Fact]
    public void Each_sub_folder_is_a_split_and_an_article_alone_is_a_story_of_its_own()
    {
        Split("dev", "rain\td.zip\thttp://a/1\nrain\td.zip\thttp://a/2\n-\td.zip\thttp://a/3\n-\td.zip\thttp://a/4\n",
            "same\td.zip\thttp://a/1\t10\tREQUEST\thttp://a/2\t12\tREQUEST\n");
        Split("test", "-\te.zip\thttp://b/1\n");
        var splits = StoryGold.Load(_dir);
        Assert.Equal(["dev", "test"], splits.Select(s => s.Name));
        var dev = splits[0];
        Assert.Equal(dev.Articles[0].Key, dev.Articles[1].Key);
        Assert.NotEqual(dev.Articles[2].Key, dev.Articles[3].Key);
        var pair = Assert.Single(dev.Pairs);
        Assert.True(pair.Same);
        Assert.Equal(12, pair.B.TriggerStart);
    }

    [Fact]
    public void A_bad_label_or_offset_names_its_file_and_line()
    {
        Split("dev", "rain\td.zip\thttp://a/1\n", "same\td.zip\thttp://a/1\t10\tREQUEST\thttp://a/2\t12\tREQUEST\nmaybe\td.zip\thttp://a/1\t10\tREQUEST\thttp://a/2\t12\tREQUEST\n");
        Assert.Contains("event-pairs.tsv:2", Assert.Throws<FormatException>(() => StoryGold.Load(_dir)).Message, StringComparison.Ordinal);
        Split("dev", "rain\td.zip\thttp://a/1\n", "same\td.zip\thttp://a/1\tten\tREQUEST\thttp://a/2\t12\tREQUEST\n");
        Assert.Contains("'ten' is not a number", Assert.Throws<FormatException>(() => StoryGold.Load(_dir)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_judged_twice_is_an_error() =>
        Assert.Contains("judged twice", Assert.Throws<FormatException>(() => StoryGold.Load(Split("dev", "a\td.zip\thttp://a/1\nb\td.zip\thttp://a/1\n"))).Message, StringComparison.Ordinal);

    [Fact]
    public void The_project_set_holds_300_articles_and_200_report_pairs_in_two_halves()
    {
        var root = FindRepo();
        var splits = StoryGold.Load(Path.Combine(root, "eval", "stories"));
        Assert.Equal(["dev", "test"], splits.Select(s => s.Name));
        Assert.True(splits.Sum(s => s.Articles.Count) >= 300);
        Assert.True(splits.Sum(s => s.Pairs.Count) >= 200);
        Assert.All(splits, s => Assert.Contains(s.Pairs, p => p.Same));
        Assert.All(splits, s => Assert.True(s.Articles.GroupBy(a => a.Key).Count(g => g.Count() > 1) >= 40));
    }

    private static string FindRepo()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Marsad.slnx"))) return dir.FullName;
        throw new InvalidOperationException("not inside the repository");
    }
}
