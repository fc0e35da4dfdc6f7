using System.Buffers;
using System.Text.RegularExpressions;
using Diplomacy.Core.Text;

namespace Diplomacy.Core.Stages.Actors;

/// <summary>
/// Finds people the knowledge file does not know, from the ways news introduces a person:
/// an apposition ("Jane Roe, a senior fellow at …"), a role before the name ("ministry spokesman John Doe",
/// "Russia's deputy ambassador, John Doe,"),
/// or a full name next to a verb of saying ("said Jane Roe", "John Doe told").
/// </summary>
public sealed class PersonFinder
{
    private const string Name = @"(?<name>\p{Lu}\p{Ll}+(?: \p{Lu}\.)?(?: (?:al-|el-|bin |de |van |von )?\p{Lu}\p{Ll}[\p{Ll}'’-]*){1,2})";
    private readonly Regex _nameThenRole;
    private readonly Regex _roleThenName;
    private readonly Regex _nameNearSaying;
    private readonly HashSet<string> _notNames;
    private readonly IReadOnlySet<string> _nameWords;
    private readonly SearchValues<string> _roleWords;
    private readonly SearchValues<string> _sayingWords;

    public PersonFinder(PeopleLexicon lexicon, IReadOnlySet<string> nameWords)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(nameWords);
        var roles = string.Join('|', lexicon.RoleNouns.OrderByDescending(r => r.Length).Select(Regex.Escape));
        _nameThenRole = SafeRegex.Create(
            $@"\b{Name}, (?:(?:a|an|the|former|then) )?(?<role>[^,.;:""“”()]{{0,60}}\b(?i:{roles})\b[^;""“”()]{{0,120}}?)(?:[,;.](?:\s|$)|$| said| told)");
        _roleThenName = SafeRegex.Create(
            $@"(?<role>(?:\b\p{{Lu}}[\p{{L}}.]+ ){{0,4}}(?:\b\p{{Ll}}[\p{{Ll}}-]+ ){{0,2}}\b(?i:{roles})),? {Name}\b");
        _nameNearSaying = SafeRegex.Create(
            $@"(?:\b(?:said|says|told|added|according to) {Name}\b)|(?:\b{Name} (?:said|says|told|added|noted|wrote)\b)");
        _notNames = new HashSet<string>(lexicon.NotNames, StringComparer.OrdinalIgnoreCase);
        _nameWords = nameWords;
        _roleWords = SearchValues.Create([.. lexicon.RoleNouns], StringComparison.OrdinalIgnoreCase);
        _sayingWords = SearchValues.Create(["said", "says", "told", "added", "according to", "noted", "wrote"], StringComparison.Ordinal);
    }

    public IEnumerable<DiscoveredPerson> Find(string text, TextSpan sentence)
    {
        ArgumentNullException.ThrowIfNull(text);
        var span = text.AsSpan(sentence.Start, sentence.Length);
        var hasRole = span.ContainsAny(_roleWords);
        var hasSaying = span.ContainsAny(_sayingWords);
        var found = new List<DiscoveredPerson>();
        if (!hasRole && !hasSaying)
        {
            return found;
        }

        // The patterns are linear but not cheap: run only those whose key words the sentence holds.
        var input = span.ToString();
        foreach (var regex in hasRole ? [_nameThenRole, _roleThenName, _nameNearSaying] : new[] { _nameNearSaying })
        {
            foreach (Match match in regex.Matches(input))
            {
                var name = match.Groups["name"];
                if (!IsPlausibleName(name.Value))
                {
                    continue;
                }

                var role = match.Groups["role"];
                found.Add(new DiscoveredPerson(
                    name.Value,
                    role.Success ? role.Value.Trim() : null,
                    new TextSpan(sentence.Start + name.Index, sentence.Start + name.Index + name.Length),
                    role.Success ? new TextSpan(sentence.Start + role.Index, sentence.Start + role.Index + role.Length) : null));
            }
        }

        return found;
    }

    /// <summary>
    /// Two words or more, none of them a word that never names a person ("The", "Officials"), and not all of them words of
    /// titles and known bodies ("White House"), while a person may carry one ("Jeffrey White").
    /// </summary>
    private bool IsPlausibleName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && !words.Any(w => _notNames.Contains(w.TrimEnd('.'))) && !words.All(w => _nameWords.Contains(w.TrimEnd('.')));
    }
}
