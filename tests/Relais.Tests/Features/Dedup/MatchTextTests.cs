using Relais.Web.Features.Dedup;

namespace Relais.Tests.Features.Dedup;

/// <summary>The folding table gives exactly what the Unicode decomposition gives.</summary>
public sealed class MatchTextTests
{
    [Fact]
    public void Normalise_EveryCharacterOfTheFoldedRange_SameAsDecomposition()
    {
        for (var c = 1; c < 0x250; c++)
        {
            var text = $"a{(char)c}b {(char)c}";
            Assert.Equal(MatchText.FoldSlow(text), MatchText.Normalise(text));
        }
    }

    [Theory]
    [InlineData("Médiathèque Œuvre-de-l'Été", "mediatheque œuvre de l ete")]
    [InlineData("  ÉGLISE  ", "eglise")]
    [InlineData("Maison France Services — Saint-Étienne (42)", "maison france services saint etienne 42")]
    [InlineData("Bibliothe\u0300que", "bibliotheque")]
    [InlineData("Ça ira ǅ ß", "ca ira ǆ ß")]
    public void Normalise_FrenchNames_LowerCaseWithoutAccents(string text, string expected) =>
        Assert.Equal(expected, MatchText.Normalise(text));
}
