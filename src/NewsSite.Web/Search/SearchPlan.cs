namespace NewsSite.Web.Search;

// What the index is asked for a query: every group must match, and a group matches when any of its alternatives does.
// Literal alternatives are the query as typed (each word as written or by its stem; a quoted phrase word for word).
// The others widen recall — a word's attached-letter readings, two words written as one name (أبو ظبي ↔ أبوظبي,
// بيونغ يانغ ↔ بيونغيانغ) — and their stories rank after those that match as typed.
public sealed record SearchAlternative(IReadOnlyList<SearchTerm> Words, bool Phrase, bool Literal);

public sealed record SearchGroup(IReadOnlyList<SearchAlternative> Alternatives);

public sealed record SearchPlan(IReadOnlyList<SearchGroup> Groups)
{
    private const int MinPart = 3;
    private const int MaxSplits = 2;

    public bool HasReadings => Groups.Any(g => g.Alternatives.Any(a => !a.Literal));

    // The words whose presence in the index decides the plan: a pair of words written as one, and the halves of a
    // word that may be a name written without its space.
    public static IReadOnlyCollection<string> Questions(SearchQuery query)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < query.Sequence.Count; i++)
        {
            words.Add(query.Sequence[i] + query.Sequence[i + 1]);
        }

        foreach (var phrase in query.Phrases.Where(p => p.Words.Count == 2))
        {
            words.Add(phrase.Words[0] + phrase.Words[1]);
        }

        foreach (var (first, second) in query.Terms.SelectMany(t => Splits(t.Normalized)))
        {
            words.Add(first);
            words.Add(second);
        }

        return words;
    }

    // known: which of the Questions the index has.
    public static SearchPlan For(SearchQuery query, IReadOnlySet<string> known)
    {
        var groups = new List<SearchGroup>();
        foreach (var phrase in query.Phrases)
        {
            var alternatives = new List<SearchAlternative> { new([.. phrase.Words.Select(Word)], Phrase: true, Literal: true) };
            if (phrase.Words.Count == 2 && known.Contains(phrase.Words[0] + phrase.Words[1]))
            {
                alternatives.Add(new([Word(phrase.Words[0] + phrase.Words[1])], Phrase: false, Literal: false));
            }

            groups.Add(new SearchGroup(alternatives));
        }

        // Two words typed apart that the stories have as one (أبو ظبي → أبوظبي, آي فون → آيفون): one group, either way.
        var joined = new HashSet<string>(StringComparer.Ordinal);
        var sequence = query.Sequence;
        for (var i = 0; i + 1 < sequence.Count; i++)
        {
            var pair = query.Terms.Where(t => t.Normalized == sequence[i] || t.Normalized == sequence[i + 1]).ToList();
            if (known.Contains(sequence[i] + sequence[i + 1]) && pair.Count > 0 && pair.All(t => !joined.Contains(t.Normalized)))
            {
                groups.Add(new SearchGroup(
                [
                    new(pair, Phrase: false, Literal: true),
                    new([Word(sequence[i] + sequence[i + 1])], Phrase: false, Literal: false),
                ]));
                joined.UnionWith(pair.Select(t => t.Normalized));
                i++;
            }
        }

        foreach (var term in query.Terms.Where(t => !joined.Contains(t.Normalized)))
        {
            groups.Add(new SearchGroup(
            [
                new([term], Phrase: false, Literal: true),
                .. term.Readings.Select(r => new SearchAlternative([r], Phrase: false, Literal: false)),
                .. Splits(term.Normalized).Where(s => known.Contains(s.First) && known.Contains(s.Second)).Take(MaxSplits)
                    .Select(s => new SearchAlternative([Word(s.First), Word(s.Second)], Phrase: true, Literal: false)),
            ]));
        }

        return new SearchPlan(groups);
    }

    private static SearchTerm Word(string normalized) => new(normalized, ArabicStemmer.Stem(normalized));

    // Where an Arabic word could be two words of at least three letters each (بيونغيانغ → بيونغ يانغ).
    private static IEnumerable<(string First, string Second)> Splits(string word)
    {
        if (word.Length < MinPart * 2 || word[0] is < '\u0621' or > '\u064A')
        {
            yield break;
        }

        for (var at = MinPart; at <= word.Length - MinPart; at++)
        {
            var (first, second) = (word[..at], word[at..]);
            if (!ArabicStopWords.Contains(first) && !ArabicStopWords.Contains(second))
            {
                yield return (first, second);
            }
        }
    }
}

public enum SearchSort
{
    Relevance,
    Newest,
    Added,   // the order stories came into the index (their ids): cheapest; for a query of function words alone (في)
}

// Narrowing a search: a section, an author, a tag, a publication window (UTC, From inclusive, To exclusive).
public sealed record SearchFilters(
    int? SectionId = null, int? AuthorId = null, int? TagId = null, DateTime? FromUtc = null, DateTime? ToUtc = null, SearchSort Sort = SearchSort.Relevance)
{
    public static readonly SearchFilters None = new();
}
