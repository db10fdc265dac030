using Marsad.Knowledge.Outlets;

namespace Marsad.Knowledge.Tests.Outlets;

public class OutletTableTests
{
    private static readonly OutletTable Table = OutletTable.Default;

    [Fact]
    public void Table_lists_at_least_sixty_outlets_with_unique_ids()
    {
        Assert.True(Table.Outlets.Count >= 60, $"{Table.Outlets.Count} outlets");
        Assert.Equal(Table.Outlets.Count, Table.Outlets.Select(o => o.Id).Distinct().Count());
    }

    [Theory]
    [InlineData("أ ف ب", "afp")]
    [InlineData("أ.ف.ب", "afp")]
    [InlineData("فرانس برس", "afp")]
    [InlineData("وكالة فرانس برس", "afp")]
    [InlineData("د ب أ", "dpa")]
    [InlineData("أ ش أ", "mena")]
    [InlineData("واس", "spa")]
    [InlineData("سانا", "sana")]
    [InlineData("الاناضول", "anadolu")]
    [InlineData("روسيا اليوم", "rt")]
    [InlineData("سيرياهوم نيوز", "syriahomenews")]
    [InlineData("aawsat", "aawsat")]
    [InlineData("Reuters", "reuters")]
    public void Variants_find_their_outlet(string name, string id) => Assert.Equal(id, Table.Find(name)?.Id);

    [Fact]
    public void Matches_in_text_are_longest_first_with_spans()
    {
        const string text = "نقلاً عن وكالة فرانس برس و«د ب أ»";
        var found = Table.FindIn(text, 0, text.Length);
        Assert.Equal(["afp", "dpa"], found.Select(m => m.Outlet.Id));
        Assert.Equal("وكالة فرانس برس", text[found[0].Start..found[0].End]);
        Assert.Equal("د ب أ", text[found[1].Start..found[1].End]);
    }
}
