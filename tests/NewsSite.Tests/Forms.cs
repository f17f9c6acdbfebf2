using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NewsSite.Web.Models;

namespace NewsSite.Tests;

// Submits real forms the way a browser does: every field as the page rendered it (antiforgery token included),
// with the test's changes on top, through the button the user would press.
internal static class Forms
{
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string pageUrl, string formSelector,
        IReadOnlyDictionary<string, string?>? values = null, string? button = null)
    {
        var document = await client.GetDocumentAsync(pageUrl);
        var form = document.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {pageUrl}.");
        return await client.SubmitAsync(form, pageUrl, values, button);
    }

    // The form on the page whose action names the handler and which carries the given hidden value (a row's form).
    public static async Task<HttpResponseMessage> SubmitRowFormAsync(this HttpClient client, string pageUrl, string handler, string rowValue,
        IReadOnlyDictionary<string, string?>? values = null)
    {
        var document = await client.GetDocumentAsync(pageUrl);
        var form = document.QuerySelectorAll("form").OfType<IHtmlFormElement>()
            .FirstOrDefault(f => (f.GetAttribute("action") ?? "").Contains($"handler={handler}", StringComparison.Ordinal)
                && f.QuerySelector($"input[type=hidden][value='{rowValue}']") is not null)
            ?? throw new InvalidOperationException($"No {handler} form for {rowValue} on {pageUrl}.");
        return await client.SubmitAsync(form, pageUrl, values);
    }

    public static Task<HttpResponseMessage> SubmitAsync(this HttpClient client, IHtmlFormElement form, string pageUrl,
        IReadOnlyDictionary<string, string?>? values = null, string? button = null)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && input.Type is not ("submit" or "button"):
                    if (input.Type is not ("checkbox" or "radio") || input.IsChecked)
                    {
                        fields.Add(new(input.Name, input.Value));
                    }

                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields.Add(new(area.Name, area.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    fields.Add(new(select.Name, select.Value ?? ""));
                    break;
            }
        }

        foreach (var (name, value) in values ?? new Dictionary<string, string?>())
        {
            fields.RemoveAll(f => f.Key == name);
            if (value is not null)
            {
                fields.Add(new(name, value));
            }
        }

        if (button is not null)
        {
            var pressed = form.QuerySelectorAll("button[name]").OfType<IHtmlButtonElement>().FirstOrDefault(b => b.Value == button)
                ?? throw new InvalidOperationException($"No button with value '{button}' in the form: the page does not offer it.");
            fields.Add(new(pressed.Name!, pressed.Value));
        }

        var action = form.GetAttribute("action");
        return client.PostAsync(string.IsNullOrEmpty(action) ? pageUrl : action, new FormUrlEncodedContent(fields));
    }

    public static async Task<HttpClient> SignInAsync(this NewsSiteFactory factory, string email, string password)
    {
        var client = factory.CreateNonRedirectingClient();
        using var response = await client.SubmitAsync("/Admin/Login", "#login-form", new Dictionary<string, string?>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {email} failed: {(int)response.StatusCode}.");
        }

        return client;
    }

    // A new staff member with the given role, signed in.
    public static async Task<(HttpClient Client, string UserId)> StaffAsync(this NewsSiteFactory factory, string role)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@news.example";
        const string password = "Staff-Pass-12345";
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, DisplayName = role };
        var created = await users.CreateAsync(user, password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
        return (await factory.SignInAsync(email, password), user.Id);
    }
}
