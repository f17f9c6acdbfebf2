namespace NewsSite.Web.Search;

// Function words, normalized (إلى is الي; على is left out because it is also the name علي). A query drops them when it has other words; the stemmer never turns a
// content word into one (الكمأة would otherwise become كما, "as", and match nearly every story).
public static class ArabicStopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "في", "من", "الي", "عن", "مع", "ان", "او", "ثم", "قد", "لا", "ما", "لم", "لن", "هل", "هذا", "هذه",
        "ذلك", "تلك", "التي", "الذي", "الذين", "كان", "كانت", "بين", "بعد", "قبل", "حتي", "عند", "كل", "هو", "هي",
        "هم", "و", "ف", "ب", "ل", "ك", "يا", "اي", "لدي", "منذ", "خلال", "كما", "لما", "بما", "مما", "عما", "فيما",
        "انما", "حيث", "ايضا", "لكن", "اذا", "الا", "عليه", "عليها", "فيه", "فيها", "منه", "منها", "له", "لها",
        "the", "a", "an", "of", "in", "on", "and", "or", "to",
    };

    public static IReadOnlyCollection<string> All => Words;

    public static bool Contains(string normalizedToken) => Words.Contains(normalizedToken);
}
