namespace NewsSite.Tests.Media;

internal static class MediaUploads
{
    // The media library's upload form, submitted as a browser does (multipart, with its antiforgery token).
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes, string fileName, string contentType)
    {
        var page = await client.GetDocumentAsync("/Admin/Media");
        var token = page.QuerySelector("form.upload-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new(contentType);
        content.Add(file, "upload", fileName);
        return await client.PostAsync("/Admin/Media", content);
    }
}
