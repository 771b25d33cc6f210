using System.Security.Cryptography;

namespace Relais.Web.Features.Sources;

/// <summary>A source's data on local disk with the SHA-256 of its bytes; a downloaded copy is deleted on dispose.</summary>
public sealed class FetchedSource(string localPath, string contentHash, string origin, bool temporary) : IDisposable
{
    public string LocalPath { get; } = localPath;

    public string ContentHash { get; } = contentHash;

    /// <summary>What the run history shows: the declared path or URL.</summary>
    public string Origin { get; } = origin;

    public void Dispose()
    {
        if (temporary && File.Exists(LocalPath))
        {
            File.Delete(LocalPath);
        }
    }
}

/// <summary>
/// Gets a source's bytes: a local file (relative to its declaration), or an http(s) URL downloaded to a
/// temporary file within the declared timeout. Failures are <see cref="SourceException"/>s with clear messages.
/// </summary>
public sealed class SourceFetcher(HttpClient http)
{
    public async Task<FetchedSource> FetchAsync(LoadedSource source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var location = source.Declaration.Location.Trim();
        if (Uri.TryCreate(location, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return await DownloadAsync(source.Name, uri, TimeSpan.FromSeconds(source.Declaration.TimeoutSeconds), cancellationToken);
        }

        var path = Path.GetFullPath(location, Path.GetDirectoryName(source.FilePath)!);
        if (!File.Exists(path))
        {
            throw new SourceException("source.fetch_failed", $"Source {source.Name} : le fichier « {path} » n'existe pas.");
        }

        await using var stream = File.OpenRead(path);
        return new FetchedSource(path, Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken)), location, temporary: false);
    }

    private async Task<FetchedSource> DownloadAsync(string name, Uri uri, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var path = Path.Combine(Path.GetTempPath(), $"relais-source-{name}-{Guid.NewGuid():N}");
        try
        {
            using var response = await http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            if (!response.IsSuccessStatusCode)
            {
                throw new SourceException("source.fetch_failed", $"Source {name} : {uri} répond HTTP {(int)response.StatusCode} {response.ReasonPhrase}.");
            }

            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            await using (var file = File.Create(path))
            await using (var body = await response.Content.ReadAsStreamAsync(deadline.Token))
            {
                var buffer = new byte[1 << 16];
                int read;
                while ((read = await body.ReadAsync(buffer, deadline.Token)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), deadline.Token);
                }
            }

            return new FetchedSource(path, Convert.ToHexStringLower(hash.GetHashAndReset()), uri.ToString(), temporary: true);
        }
        catch (Exception exception) when (exception is OperationCanceledException or HttpRequestException or IOException)
        {
            File.Delete(path);
            if (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested)
            {
                throw new SourceException("source.fetch_timeout", $"Source {name} : {uri} n'a pas répondu en {timeout.TotalSeconds:0} s (timeout_seconds).", exception);
            }

            if (exception is OperationCanceledException)
            {
                throw;
            }

            throw new SourceException("source.fetch_failed", $"Source {name} : téléchargement de {uri} impossible ({exception.Message}).", exception);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }
}
