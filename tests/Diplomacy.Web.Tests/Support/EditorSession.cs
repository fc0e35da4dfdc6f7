using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Diplomacy.Web.Tests.Support;

/// <summary>Signs a test client in as the editor through the login form, as a browser would (cookie and antiforgery token).</summary>
public static partial class EditorSession
{
    public static async Task SignInAsync(HttpClient client, string password = SiteFactory.EditorPassword)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await PostFormAsync(client, "/Account/Login", new Dictionary<string, string>
        {
            ["Input.UserName"] = SiteFactory.EditorName,
            ["Input.Password"] = password,
        });
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, "the right password signs in");
    }

    /// <summary>Reads the form's antiforgery token from <paramref name="formPage"/> and posts the fields with it.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string formPage, IDictionary<string, string> fields, string? action = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(fields);
        var token = await TokenAsync(client, formPage);
        var content = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        using var form = new FormUrlEncodedContent(content);
        return await client.PostAsync(new Uri(action ?? formPage, UriKind.Relative), form);
    }

    /// <summary>Posts the editor's form for adding an article (text and/or an uploaded file, source name, address).</summary>
    public static async Task<HttpResponseMessage> PostArticleAsync(
        HttpClient client, string? text = null, byte[]? file = null, string? sourceName = null, string? url = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        var token = await TokenAsync(client, "/Editor");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(text ?? ""), "Input.Text" },
            { new StringContent(sourceName ?? ""), "Input.SourceName" },
            { new StringContent(url ?? ""), "Input.Url" },
        };
        if (file is not null)
        {
            var content = new ByteArrayContent(file);
            content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
            form.Add(content, "Input.Upload", "upload.txt");
        }

        return await client.PostAsync(new Uri("/Editor", UriKind.Relative), form);
    }

    public static async Task<string> TokenAsync(HttpClient client, string formPage)
    {
        ArgumentNullException.ThrowIfNull(client);
        var html = await client.GetStringAsync(new Uri(formPage, UriKind.Relative));
        return TokenField().Match(html) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException($"{formPage} has no antiforgery token.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TokenField();
}
