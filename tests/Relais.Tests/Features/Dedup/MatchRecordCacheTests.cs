using Relais.Web.Features.Dedup;

namespace Relais.Tests.Features.Dedup;

public sealed class MatchRecordCacheTests
{
    private static MatchFields Row(string id, string name, string? phone = null) =>
        new(id, "src", id, name, "12 rue de la Liberté", "Dijon", "21231", 47.32, 5.04, false, null, null, phone, null, null);

    [Fact]
    public void Resolve_UnchangedRows_SameRecordsAndChangedOnesMadeAgain()
    {
        var cache = new MatchRecordCache();
        var first = cache.Resolve([Row("a", "Médiathèque Jean Macé"), Row("b", "France Services")]);

        var second = cache.Resolve([Row("b", "France Services", phone: "+33380000002"), Row("a", "Médiathèque Jean Macé"), Row("c", "EPN")]);

        Assert.Same(first[0], second[1]);
        Assert.NotSame(first[1], second[0]);
        Assert.Equal(["tel:33380000002"], second[0].Contacts);
        Assert.Equal(["src:b", "src:a", "src:c"], second.Select(r => r.Key));
        Assert.Equal(Row("c", "EPN").ToRecord().Name.Text, second[2].Name.Text);
    }

    [Fact]
    public void Resolve_RecordLeftTheDirectory_Forgotten()
    {
        var cache = new MatchRecordCache();
        var first = cache.Resolve([Row("a", "EPN")]);
        cache.Resolve([Row("b", "EPN")]);

        Assert.NotSame(first[0], cache.Resolve([Row("a", "EPN")])[0]);
    }
}
