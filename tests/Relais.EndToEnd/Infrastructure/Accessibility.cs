using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Relais.EndToEnd.Infrastructure;

/// <summary>axe-core on the page as it is now, limited to the WCAG 2.0 and 2.1 A and AA rules (the RGAA's basis).</summary>
public static class Accessibility
{
    private static readonly AxeRunOptions WcagAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(WcagAA);
        if (result.Violations.Length == 0)
        {
            return;
        }

        var report = new StringBuilder();
        report.Append("axe found ").Append(result.Violations.Length).Append(" accessibility violation(s) on ").AppendLine(page.Url);
        foreach (var violation in result.Violations)
        {
            report.Append("- ").Append(violation.Id).Append(" (").Append(violation.Impact).Append("): ").Append(violation.Help).Append(' ').AppendLine(violation.HelpUrl);
            foreach (var node in violation.Nodes)
            {
                report.Append("    at ").Append(node.Target?.ToString()).Append("  ").AppendLine(node.Html);
            }
        }

        Assert.Fail(report.ToString());
    }
}
