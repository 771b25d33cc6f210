using System.Globalization;
using System.Text;

namespace Relais.Web.Pages.Lieux;

public sealed record CheckboxModel(string Name, string Value, string Label, bool Checked)
{
    /// <summary>A stable, valid HTML id from the field name and the value ("services-aide-aux-demarches…").</summary>
    public string Id
    {
        get
        {
            var slug = new StringBuilder(Name).Append('-');
            foreach (var c in Value.Normalize(NormalizationForm.FormD))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                {
                    slug.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
                }
            }

            return slug.ToString();
        }
    }
}
