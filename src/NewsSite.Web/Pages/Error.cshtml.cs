using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NewsSite.Web.Pages;

// Reached through UseExceptionHandler (500) and UseStatusCodePagesWithReExecute (404 and the rest).
// It never shows exception details: those go to the log with the request id shown here.
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }
    public string RequestId { get; private set; } = "";

    public string Heading => Code switch
    {
        404 => "الصفحة غير موجودة",
        403 => "لا تملك صلاحية الوصول إلى هذه الصفحة",
        400 => "الطلب غير صالح",
        429 => "طلبات كثيرة في وقت قصير",
        _ => "حدث خطأ غير متوقع",
    };

    public string Message => Code switch
    {
        404 => "ربما نُقل الخبر أو حُذف، أو أن الرابط مكتوب بشكل غير صحيح.",
        403 => "إذا كنت تعتقد أن هذا خطأ، تواصل مع إدارة الموقع.",
        400 => "تعذّر فهم الطلب. تحقّق من الرابط وحاول مرة أخرى.",
        429 => "وصلتنا طلبات كثيرة من جهازك خلال وقت قصير. انتظر قليلاً ثم حاول مرة أخرى.",
        _ => "نعتذر عن ذلك. فريقنا التقني يعمل على إصلاحه، يُرجى المحاولة بعد قليل.",
    };

    // For 429: how long the rate limiter asks the client to wait.
    public string? RetryAfterSeconds => Code == StatusCodes.Status429TooManyRequests ? Response.Headers.RetryAfter.ToString() : null;

    public void OnGet(int? code) => Prepare(code);

    public void OnPost(int? code) => Prepare(code);

    private void Prepare(int? code)
    {
        Code = code ?? StatusCodes.Status500InternalServerError;
        if (code is null)
        {
            Response.StatusCode = StatusCodes.Status500InternalServerError;
        }

        RequestId = HttpContext.TraceIdentifier;   // every event logged for this request carries it as RequestId
    }
}
