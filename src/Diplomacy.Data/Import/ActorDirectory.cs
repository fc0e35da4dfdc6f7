using Diplomacy.Core.Knowledge;
using Diplomacy.Core.Model;
using Diplomacy.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Diplomacy.Data.Import;

/// <summary>
/// Keeps one actor row per canonical name across articles. Remembers the ids and aliases already stored so an
/// ingest run asks the database only once; <see cref="Forget"/> drops that memory after a rolled-back article.
/// </summary>
internal sealed class ActorDirectory(KnowledgeBase knowledge)
{
    private Dictionary<string, int>? _ids;
    private HashSet<(int ActorId, string Alias)>? _aliases;

    public void Forget()
    {
        _ids = null;
        _aliases = null;
    }

    /// <summary>Creates the actors the article needs and adds its new aliases; saves, so every name has an id.</summary>
    /// <param name="needed">Each name the article's rows refer to, with the type to give it if nothing else knows it.</param>
    public async Task<IReadOnlyDictionary<string, int>> ResolveAsync(
        DiplomacyDbContext db, ArticleDocument document, IReadOnlyDictionary<string, ActorType> needed, CancellationToken cancellationToken)
    {
        var (ids, aliases) = await LoadAsync(db, cancellationToken).ConfigureAwait(false);
        var created = new Dictionary<string, Actor>(StringComparer.Ordinal);
        foreach (var (name, fallbackType) in needed)
        {
            if (!ids.ContainsKey(name))
            {
                var actor = Create(name, document, fallbackType);
                created.Add(name, actor);
                db.Actors.Add(actor);
            }
        }

        foreach (var articleActor in document.Actors.Values)
        {
            foreach (var alias in articleActor.Aliases.Where(a => a.Length > 0 && a != articleActor.Name))
            {
                if (created.TryGetValue(articleActor.Name, out var actor))
                {
                    if (!actor.Aliases.Any(a => a.Alias == alias))
                    {
                        actor.Aliases.Add(new ActorAlias { Alias = alias });
                    }
                }
                else if (ids.TryGetValue(articleActor.Name, out var actorId) && aliases.Add((actorId, alias)))
                {
                    db.ActorAliases.Add(new ActorAlias { ActorId = actorId, Alias = alias });
                }
            }
        }

        if (db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var (name, actor) in created)
        {
            ids.Add(name, actor.Id);
            aliases.UnionWith(actor.Aliases.Select(a => (actor.Id, a.Alias)));
        }

        return ids;
    }

    private async Task<(Dictionary<string, int> Ids, HashSet<(int, string)> Aliases)> LoadAsync(DiplomacyDbContext db, CancellationToken cancellationToken)
    {
        if (_ids is null || _aliases is null)
        {
            _ids = await db.Actors.AsNoTracking().ToDictionaryAsync(a => a.Name, a => a.Id, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
            var aliases = await db.ActorAliases.AsNoTracking().Select(a => new { a.ActorId, a.Alias }).ToListAsync(cancellationToken).ConfigureAwait(false);
            _aliases = [.. aliases.Select(a => (a.ActorId, a.Alias))];
        }

        return (_ids, _aliases);
    }

    private Actor Create(string name, ArticleDocument document, ActorType fallbackType)
    {
        var entry = knowledge.FindActor(name);
        var seen = document.Actors.GetValueOrDefault(name);
        var actor = new Actor
        {
            Name = name,
            Type = seen?.Type ?? entry?.Type ?? fallbackType,
            Country = seen?.Country ?? entry?.Country,
            IsKnown = entry is not null || (seen?.IsKnown ?? false),
            IsAnalyst = seen?.IsAnalyst ?? entry?.IsAnalyst ?? false,
        };
        foreach (var role in entry?.AllRoles ?? [])
        {
            actor.Roles.Add(new ActorRole { Title = role.Title, From = role.From, To = role.To });
        }

        foreach (var alias in (entry?.AllAliases ?? []).Where(a => a != name).Distinct(StringComparer.Ordinal))
        {
            actor.Aliases.Add(new ActorAlias { Alias = alias });
        }

        return actor;
    }
}
