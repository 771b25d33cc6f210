using Relais.Web.Features.Places.Search;

namespace Relais.Web.Pages;

/// <summary>One found place as the result lists show it (name, distance, address, open now, phone): <c>_ResultSummary</c>.</summary>
public sealed record ResultSummary(PlaceHit Hit, DateTimeOffset Now);

/// <summary>The pages of a result list, each page's link made by <paramref name="PageUrl"/>: <c>_Pagination</c>.</summary>
public sealed record ResultPages(SearchPlacesResult Result, Func<int, string> PageUrl);
