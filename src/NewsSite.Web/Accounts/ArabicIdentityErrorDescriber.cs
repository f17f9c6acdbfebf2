using Microsoft.AspNetCore.Identity;

namespace NewsSite.Web.Accounts;

// Identity's messages are English; the admin area speaks Arabic.
internal sealed class ArabicIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), $"البريد الإلكتروني {email} مستخدم من قبل.");
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), $"اسم المستخدم {userName} مستخدم من قبل.");
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), "البريد الإلكتروني غير صالح.");
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), $"يجب ألا تقل كلمة المرور عن {length} أحرف.");
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "يجب أن تحتوي كلمة المرور على رقم واحد على الأقل.");
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "يجب أن تحتوي كلمة المرور على حرف لاتيني صغير واحد على الأقل.");
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "يجب أن تحتوي كلمة المرور على حرف لاتيني كبير واحد على الأقل.");
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "كلمة المرور غير صحيحة.");
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "تعذّر إتمام العملية.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
