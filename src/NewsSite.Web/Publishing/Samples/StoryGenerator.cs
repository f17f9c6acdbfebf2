using System.Text;

namespace NewsSite.Web.Publishing.Samples;

public sealed record GeneratedStory(string Title, string Standfirst, string Body, int[] TagIndexes, DateTime PublishedAtUtc, int Section, int Author, int? Picture);

// Deterministic stories (one seed) whose words follow Zipf's law over a 60,000-word vocabulary, as running text
// does: function words are everywhere, a noun ranked 100th is in about one story in five, a name ranked 5,000th
// in about one in two hundred. Real words sit at chosen ranks; the long tail is made of root-and-pattern words.
// Four stories in five have a picture. Publication times go forward one story after another (as ids do in a real
// newsroom), about 55 a day, ending at `latest`.
public sealed class StoryGenerator
{
    private const int VocabularySize = 60_000;
    private static readonly TimeSpan Gap = TimeSpan.FromMinutes(26);
    private readonly Random _random;
    private DateTime _next;
    private readonly string[] _words;
    private readonly bool[] _inflectable;
    private readonly double[] _cumulative;

    public StoryGenerator(int seed, int count, DateTime latest)
    {
        _random = new Random(seed);
        _next = latest - (Gap * count);
        (_words, _inflectable) = BuildVocabulary(new Random(seed + 1));
        _cumulative = new double[_words.Length];
        var sum = 0.0;
        for (var rank = 0; rank < _words.Length; rank++)
        {
            sum += 1.0 / (rank + 1);
            _cumulative[rank] = sum;
        }
    }

    public GeneratedStory Next()
    {
        var title = Sentence(7 + _random.Next(5));
        var standfirst = Sentence(20 + _random.Next(15));
        var body = new StringBuilder();
        var paragraphs = 3 + _random.Next(4);
        for (var p = 0; p < paragraphs; p++)
        {
            body.Append(Sentence(35 + _random.Next(30))).Append(".\n\n");
        }

        var tags = Enumerable.Range(0, 1 + _random.Next(3))
            .Select(_ => Math.Min(Vocabulary.Tags.Length - 1, (int)(Vocabulary.Tags.Length * Math.Pow(_random.NextDouble(), 2))))
            .Distinct().ToArray();
        _next += Gap + TimeSpan.FromSeconds(_random.Next(-600, 600));
        var picture = _random.Next(5) == 0 ? (int?)null : _random.Next(Vocabulary.Pictures.Length);
        return new(title, standfirst, body.ToString(), tags, _next, _random.Next(Vocabulary.Sections.Length), _random.Next(Vocabulary.Writers.Length), picture);
    }

    private string Sentence(int words)
    {
        var text = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            var rank = Array.BinarySearch(_cumulative, _random.NextDouble() * _cumulative[^1]);
            rank = rank < 0 ? ~rank : rank;
            text.Append(_inflectable[rank] ? Inflect(_words[rank]) : _words[rank]);
        }

        return text.ToString();
    }

    private string Inflect(string lemma)
    {
        var prefix = Vocabulary.Prefixes[_random.Next(Vocabulary.Prefixes.Length)];
        var suffix = Vocabulary.Suffixes[_random.Next(Vocabulary.Suffixes.Length)];
        var stem = lemma.EndsWith('ة') ? lemma[..^1] + "ت" : lemma;   // مدرسة + ها → مدرستها
        return prefix + (suffix.Length > 0 ? stem + suffix : lemma);
    }

    private static (string[] Words, bool[] Inflectable) BuildVocabulary(Random random)
    {
        var words = new string?[VocabularySize];
        var inflectable = new bool[VocabularySize];
        void Place(string[] list, int first, int step, bool inflect)
        {
            for (var i = 0; i < list.Length; i++)
            {
                var rank = first + (i * step);
                while (words[rank] is not null)
                {
                    rank++;
                }

                words[rank] = list[i];
                inflectable[rank] = inflect;
            }
        }

        Place(Vocabulary.FunctionWords, 0, 1, inflect: false);
        Place(Vocabulary.Verbs, 40, 25, inflect: false);
        Place(Vocabulary.Nouns, 45, 12, inflect: true);
        Place(Vocabulary.Adjectives, 50, 30, inflect: false);
        Place(Vocabulary.Places, 300, 60, inflect: false);
        Place(Vocabulary.Years, 400, 45, inflect: false);
        Place(Vocabulary.Latin, 800, 400, inflect: false);
        Place(Vocabulary.Names, 2_000, 600, inflect: false);

        // The tail: three-letter roots poured into common patterns (فاعل، مفعول، تفعيل…), all distinct.
        const string letters = "بتثجحخدذرزسشصضطظعغفقكلمنهوي";
        string[] patterns = ["فاعل", "مفعول", "تفعيل", "فعال", "مفاعلة", "استفعال", "فعيل", "افتعال", "تفاعل", "فعول"];
        var seen = new HashSet<string>(words.Where(w => w is not null)!);
        for (var rank = 0; rank < VocabularySize; rank++)
        {
            if (words[rank] is not null)
            {
                continue;
            }

            string word;
            do
            {
                var root = new[] { letters[random.Next(letters.Length)], letters[random.Next(letters.Length)], letters[random.Next(letters.Length)] };
                var pattern = patterns[random.Next(patterns.Length)];
                word = pattern.Replace('ف', '\u0001').Replace('ع', '\u0002').Replace('ل', '\u0003')
                    .Replace('\u0001', root[0]).Replace('\u0002', root[1]).Replace('\u0003', root[2]);
            }
            while (!seen.Add(word));

            words[rank] = word;
            inflectable[rank] = random.Next(3) == 0;
        }

        return (words.Select(w => w!).ToArray(), inflectable);
    }
}
