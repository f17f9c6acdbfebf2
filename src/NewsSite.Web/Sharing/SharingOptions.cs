using System.ComponentModel.DataAnnotations;

namespace NewsSite.Web.Sharing;

public sealed class SharingOptions
{
    public const string SectionName = "NewsSite:Sharing";

    // Where generated social-image renditions are cached; a relative path is taken against the content root.
    [Required]
    public string RenditionsPath { get; set; } = "App_Data/renditions";
}
