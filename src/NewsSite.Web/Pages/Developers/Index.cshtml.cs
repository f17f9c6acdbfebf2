using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Web.Urls;

namespace NewsSite.Web.Pages.Developers;

// /api: the content API's reference for the people who build apps on it, read from the same endpoint metadata the
// OpenAPI document is made from, so the two never disagree.
public sealed partial class IndexModel(IApiDescriptionGroupCollectionProvider explorer, SiteUrls urls) : PageModel
{
    public sealed record Parameter(string Name, string Where, string Type, string Description);

    public sealed record Operation(string Method, string Path, string Summary, string Description, IReadOnlyList<Parameter> Parameters, IReadOnlyList<int> Statuses);

    public IReadOnlyList<Operation> Operations { get; private set; } = [];

    public string BaseUrl => urls.Absolute("/api/v1");

    public string DocumentUrl => urls.Absolute("/api/v1/openapi.json");

    public void OnGet() =>
        Operations = [.. explorer.ApiDescriptionGroups.Items.SelectMany(g => g.Items)
            .Where(d => d.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true)
            .OrderBy(d => d.RelativePath, StringComparer.Ordinal)
            .Select(d => new Operation(
                d.HttpMethod ?? "GET",
                "/" + Constraint().Replace(d.RelativePath!, "{$1}"),
                d.ActionDescriptor.EndpointMetadata.OfType<IEndpointSummaryMetadata>().LastOrDefault()?.Summary ?? "",
                d.ActionDescriptor.EndpointMetadata.OfType<IEndpointDescriptionMetadata>().LastOrDefault()?.Description ?? "",
                [.. d.ParameterDescriptions
                    .Where(p => p.Source == BindingSource.Path || p.Source == BindingSource.Query)
                    .Select(p => new Parameter(p.Name, p.Source == BindingSource.Path ? "path" : "query", TypeName(p.Type), Meaning(p)))],
                [.. d.SupportedResponseTypes.Select(r => r.StatusCode).Distinct().Order()]))];

    [System.Text.RegularExpressions.GeneratedRegex(@"\{(\w+):[^}]*\}")]
    private static partial System.Text.RegularExpressions.Regex Constraint();

    // The [Description] on the endpoint's parameter, as the OpenAPI document has it.
    private static string Meaning(ApiParameterDescription parameter) =>
        (parameter.ParameterDescriptor as IParameterInfoParameterDescriptor)?.ParameterInfo
            .GetCustomAttributes(typeof(System.ComponentModel.DescriptionAttribute), inherit: false)
            .OfType<System.ComponentModel.DescriptionAttribute>().FirstOrDefault()?.Description
        ?? parameter.ModelMetadata?.Description ?? "";

    private static string TypeName(Type? type) => (Nullable.GetUnderlyingType(type ?? typeof(string)) ?? type) switch
    {
        var t when t == typeof(int) => "integer",
        _ => "string",
    };
}
