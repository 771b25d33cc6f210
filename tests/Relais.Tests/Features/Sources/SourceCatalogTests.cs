using System.Net;
using Relais.Tests.Infrastructure;
using Relais.Web.Features.Sources;

namespace Relais.Tests.Features.Sources;

public class SourceCatalogTests
{
    [Fact]
    public void Load_RepositoryDeclarations_AllValid()
    {
        var catalog = new SourceCatalog(new SourcesOptions { Directory = TestPaths.Sources });

        Assert.Equal(["etapes-numeriques", "hinaura", "mednum-bfc", "nouvelle-caledonie"], catalog.Names());
        Assert.All(catalog.Names(), name => Assert.Equal(name, catalog.Load(name).Name));
    }

    [Theory]
    [InlineData("""{ "name": "autre", "label": "x", "location": "a.csv", "format": "csv", "trust_rank": 1 }""", "name")]
    [InlineData("""{ "name": "s", "label": "x", "location": "a.csv", "format": "xlsx", "trust_rank": 1 }""", "JSON invalide")]
    [InlineData("""{ "name": "s", "label": "x", "location": "a.csv", "format": "csv", "trust_rank": 1, "colonnes": {} }""", "JSON invalide")]
    [InlineData("""{ "name": "s", "label": "x", "location": "a.csv", "format": "csv", "trust_rank": 1, "fields": { "nom": { "column": "n" } } }""", "obligatoires")]
    [InlineData("""{ "name": "s", "label": "x", "location": "a.csv", "format": "csv", "trust_rank": 1, "fields": { "couleur": { "column": "n" } } }""", "inconnus")]
    [InlineData("""{ "name": "s", "label": "x", "location": "a.csv", "format": "standard", "trust_rank": 1, "fields": { "nom": { "column": "n" } } }""", "standard")]
    [InlineData("""{ "name": "s", "label": "x", "location": "a.csv", "format": "csv", "trust_rank": 1, "fields": { "id": { "column": "a", "value": "b" } } }""", "exactement une")]
    [InlineData("""{ "name": "s", "label": "x", "location": "a.csv", "format": "csv", "trust_rank": 1, "fields": { "services": [{ "terms": ["a"], "value": "b" }] } }""", "columns")]
    [InlineData("""{ "name": "s", "label": "x", "location": "a.csv", "format": "csv", "trust_rank": 1, "fields": { "horaires": { "days": { "funday": "h" } } } }""", "funday")]
    public void Load_InvalidDeclaration_ClearMessage(string json, string expected)
    {
        using var folder = SourceFolder.Create();
        folder.AddDeclaration("s", json);

        var exception = Assert.Throws<SourceException>(() => folder.Catalog.Load("s"));

        Assert.Equal("source.declaration_invalid", exception.Code);
        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_HttpSource_DownloadedAndHashed()
    {
        using var folder = SourceFolder.Create();
        folder.AddDeclaration("web", """{ "name": "web", "label": "x", "location": "https://hub.example/lieux.csv", "format": "standard", "trust_rank": 1 }""");
        var fetcher = new SourceFetcher(new HttpClient(new StubHandler(HttpStatusCode.OK, "id,nom\n1,a\n")));

        using var fetched = await fetcher.FetchAsync(folder.Catalog.Load("web"));

        Assert.Equal("id,nom\n1,a\n", await File.ReadAllTextAsync(fetched.LocalPath));
        Assert.Equal(64, fetched.ContentHash.Length);
        Assert.Equal("https://hub.example/lieux.csv", fetched.Origin);
    }

    [Fact]
    public async Task Fetch_HttpError_SourceExceptionWithStatus()
    {
        using var folder = SourceFolder.Create();
        folder.AddDeclaration("web", """{ "name": "web", "label": "x", "location": "https://hub.example/lieux.csv", "format": "standard", "trust_rank": 1 }""");
        var fetcher = new SourceFetcher(new HttpClient(new StubHandler(HttpStatusCode.NotFound, string.Empty)));

        var exception = await Assert.ThrowsAsync<SourceException>(() => fetcher.FetchAsync(folder.Catalog.Load("web")));

        Assert.Equal("source.fetch_failed", exception.Code);
        Assert.Contains("404", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_SlowServer_TimeoutCode()
    {
        using var folder = SourceFolder.Create();
        folder.AddDeclaration("web", """{ "name": "web", "label": "x", "location": "https://hub.example/lieux.csv", "format": "standard", "trust_rank": 1, "timeout_seconds": 1 }""");
        var fetcher = new SourceFetcher(new HttpClient(new StubHandler(HttpStatusCode.OK, "x", TimeSpan.FromSeconds(10))));

        var exception = await Assert.ThrowsAsync<SourceException>(() => fetcher.FetchAsync(folder.Catalog.Load("web")));

        Assert.Equal("source.fetch_timeout", exception.Code);
    }

    private sealed class StubHandler(HttpStatusCode status, string body, TimeSpan delay = default) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await Task.Delay(delay, cancellationToken);
            return new HttpResponseMessage(status) { Content = new StringContent(body) };
        }
    }
}
