using NewsSite.Web.Search;

namespace NewsSite.Tests.Search;

public sealed class ArabicAnalysisTests
{
    // word as printed, its normalized form (index and query alike), its stem.
    public static TheoryData<string, string, string> Words => new()
    {
        // Hamza forms, alef wasla, alef maqsura, ta marbuta
        { "أعلن", "اعلن", "اعلن" },
        { "إعلان", "اعلان", "اعلان" },
        { "آفاق", "افاق", "افاق" },
        { "ٱلرحمن", "الرحمن", "رحمن" },
        { "القرآن", "القران", "قران" },
        { "فى", "في", "في" },
        { "مدرسة", "مدرسه", "مدرس" },
        { "المدرسة", "المدرسه", "مدرس" },
        { "مدرسه", "مدرسه", "مدرس" },
        { "مستشفى", "مستشفي", "مستشف" },
        { "المستشفيات", "المستشفيات", "مستشف" },
        { "الإمارات", "الامارات", "امار" },
        { "مسؤول", "مسؤول", "مسؤول" },
        { "رئيس", "رئيس", "رئيس" },
        // Tashkeel, shadda, superscript alef, tatweel, bidi marks
        { "وجّه", "وجه", "وجه" },
        { "مُحَمَّد", "محمد", "محمد" },
        { "كِتَابٌ", "كتاب", "كتاب" },
        { "الرَّحْمٰنِ", "الرحمن", "رحمن" },
        { "جـــميل", "جميل", "جميل" },
        { "\u200fأبوظبي\u200f", "ابوظبي", "ابوظب" },
        { "ا\u0654علن", "اعلن", "اعلن" },          // decomposed hamza is composed first, then folded
        { "مسو\u0654ول", "مسؤول", "مسؤول" },        // ...and a composed ؤ stays ؤ
        // Presentation forms, Persian letters, digits, Latin
        { "ﻻ", "لا", "لا" },
        { "ﺑﻴﺖ", "بيت", "بيت" },
        { "کتاب", "كتاب", "كتاب" },
        { "یوم", "يوم", "يوم" },
        { "٢٠٢٤", "2024", "2024" },
        { "۱۴۰۳", "1403", "1403" },
        { "Café", "cafe", "cafe" },
        { "GOOGLE", "google", "google" },
        { "Apple", "apple", "apple" },
        // Attached prefixes and the article
        { "بالاتفاق", "بالاتفاق", "اتفاق" },
        { "والاتفاقية", "والاتفاقيه", "اتفاق" },
        { "الاتفاقات", "الاتفاقات", "اتفاق" },
        { "للاتفاق", "للاتفاق", "اتفاق" },
        { "الاتفاقيات", "الاتفاقيات", "اتفاق" },
        { "اتفاق", "اتفاق", "اتفاق" },
        { "كالبحر", "كالبحر", "بحر" },
        { "فالحكومة", "فالحكومه", "حكوم" },
        { "وبالتعاون", "وبالتعاون", "تعاون" },
        { "بالسيارات", "بالسيارات", "سيار" },
        { "والمعلمون", "والمعلمون", "معلم" },
        // Suffixes
        { "الحكومات", "الحكومات", "حكوم" },
        { "الشركات", "الشركات", "شرك" },
        { "شركة", "شركه", "شرك" },
        { "المعلمين", "المعلمين", "معلم" },
        { "كتابها", "كتابها", "كتاب" },
        { "العربية", "العربيه", "عرب" },
        { "عربي", "عربي", "عرب" },
        { "فلسطين", "فلسطين", "فلسط" },
        { "الفلسطينيين", "الفلسطينيين", "فلسط" },
        { "الانتخابات", "الانتخابات", "انتخاب" },
        { "اتفاقاً", "اتفاقا", "اتفاق" },
        { "آفاقاً", "افاقا", "افاق" },
        // Short words and names stay whole (Lucene's stemmer gives بوت, زير, اعل, اير)
        { "بوتين", "بوتين", "بوتين" },
        { "وزير", "وزير", "وزير" },
        { "الوزير", "الوزير", "وزير" },
        { "إيران", "ايران", "ايران" },
        { "الإيرانية", "الايرانيه", "ايران" },
        { "قانون", "قانون", "قانون" },
        { "لبنان", "لبنان", "لبنان" },
        { "بيان", "بيان", "بيان" },
        { "الآن", "الان", "الان" },
        { "دبي", "دبي", "دبي" },
        { "الكمأة", "الكماه", "كماه" },           // not كما ("as"): stems never become function words
        { "فيه", "فيه", "فيه" },
    };

    [Theory]
    [MemberData(nameof(Words))]
    public void WordsNormalizeAndStemAsExpected(string word, string normalized, string stem)
    {
        Assert.Equal([normalized], ArabicNormalizer.Tokenize(word));
        Assert.Equal(stem, ArabicStemmer.Stem(normalized));
    }

    [Fact]
    public void TheTableHasAtLeastFiftyWords() => Assert.True(Words.Count >= 50, $"{Words.Count} rows");

    [Fact]
    public void StopWordsAreWrittenInNormalizedForm() =>
        Assert.All(ArabicStopWords.All, w => Assert.Equal([w], ArabicNormalizer.Tokenize(w)));

    [Fact]
    public void TokenizeSplitsAtPunctuationButNotInsideWordsWithHarakat()
    {
        Assert.Equal(["وقع", "الرئيس", "بوتين", "في", "2024", "اتفاقا"], ArabicNormalizer.Tokenize("وَقَّعَ الرئيسُ «بوتين»، في ٢٠٢٤: اتفاقاً!"));
        Assert.Equal(["كوفيد", "19"], ArabicNormalizer.Tokenize("كوفيد-19"));
        Assert.Empty(ArabicNormalizer.Tokenize(" \"*() ^:{} "));
    }

    [Fact]
    public void OnlyTheIndexReadsAnAttachedSingleLetterAsAPrefix()
    {
        // The index answers "أعلن" for "وأعلن" and "اتفاق" for "باتفاق"...
        Assert.Contains("اعلن", ArabicStemmer.IndexStems("واعلن"));
        Assert.Contains("اتفاق", ArabicStemmer.IndexStems("باتفاق"));
        Assert.Contains("وزير", ArabicStemmer.IndexStems("وزير"));
        // ...but a query keeps its first letter: "وزير" never searches for "زير", nor "بوتين" for "وتين".
        Assert.Equal("وزير", ArabicStemmer.Stem("وزير"));
        Assert.Equal("بوتين", ArabicStemmer.Stem("بوتين"));
        // Three-letter words are too short to lose a letter.
        Assert.Equal(["وجه"], ArabicStemmer.IndexStems("وجه"));
    }

    [Fact]
    public void AnalyzedDocumentsHoldNormalizedWordsAndTheirStems()
    {
        var document = AnalyzedDocument.From(new SearchDocument(
            7, "بوتين يُعلن الاتفاقية", "مقدمة", "وأعلن **الرئيس**", ["كوريا الشمالية"], DateTime.UnixEpoch));

        Assert.Equal("بوتين يعلن الاتفاقيه", document.Title);
        Assert.Equal("كوريا الشماليه", document.Tags);
        Assert.Contains("اتفاق", document.HeadStems.Split(' '));
        Assert.Contains("اعلن", document.BodyStems.Split(' '));
    }
}
