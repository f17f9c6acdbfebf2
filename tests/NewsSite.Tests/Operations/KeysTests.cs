using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Net.Http.Headers;

namespace NewsSite.Tests.Operations;

// Two hosts one after the other on the same folder, as a restart: the keys on disk keep the editor signed in and the
// form they had open still valid.
public sealed class RestartedSiteFactory(string directory) : NewsSiteFactory(directory, ownsDirectory: false);

public sealed class KeysTests
{
    [Fact]
    public async Task ARestartSignsNobodyOutAndKeepsOpenFormsValid()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"newssite-restart-{Guid.NewGuid():N}");
        try
        {
            var jar = new System.Net.CookieContainer();
            string token;
            Uri site;
            await using (var before = new RestartedSiteFactory(folder))
            {
                var editor = before.CreateDefaultClient(new CookieContainerHandler(jar));   // keeps its cookies in jar
                site = editor.BaseAddress!;
                using var signedIn = await editor.SubmitAsync("/Admin/Login", "#login-form", new Dictionary<string, string?>
                {
                    ["Input.Email"] = NewsSiteFactory.AdminEmail,
                    ["Input.Password"] = NewsSiteFactory.AdminPassword,
                });
                Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
                using var form = await editor.GetAsync("/Admin/Articles/Edit");
                token = (await form.ParseAsync()).QuerySelector("#article-form input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
            }

            var cookies = string.Join("; ", jar.GetCookies(site).Select(c => $"{c.Name}={c.Value}"));

            Assert.NotEmpty(Directory.GetFiles(Path.Combine(folder, "keys"), "key-*.xml"));
            await using var after = new RestartedSiteFactory(folder);
            var client = after.CreateNonRedirectingClient();
            using var dashboard = new HttpRequestMessage(HttpMethod.Get, "/Admin");
            dashboard.Headers.Add(HeaderNames.Cookie, cookies);
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(dashboard)).StatusCode);

            using var save = new HttpRequestMessage(HttpMethod.Post, "/Admin/Articles/Edit")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["__RequestVerificationToken"] = token,
                    ["Input.Title"] = "خبر بدأ قبل إعادة التشغيل",
                    ["Input.BodyMarkdown"] = "نص",
                    ["Input.SectionId"] = "1",
                    ["Input.AuthorId"] = "1",
                    ["action"] = "Save",
                }),
            };
            save.Headers.Add(HeaderNames.Cookie, cookies);
            using var saved = await client.SendAsync(save);
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);   // not 400: the token from before the restart holds
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
