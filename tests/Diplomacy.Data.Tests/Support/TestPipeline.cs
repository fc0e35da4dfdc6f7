using Diplomacy.Core.Knowledge;
using Diplomacy.Core.Pipeline;
using Diplomacy.Data.Import;

namespace Diplomacy.Data.Tests.Support;

/// <summary>The real knowledge base and pipeline, built once for all tests (a built pipeline is thread-safe).</summary>
public static class TestPipeline
{
    public static KnowledgeBase Knowledge { get; } = KnowledgeBase.LoadDefault();

    public static ExtractionPipeline Default { get; } = ExtractionPipeline.CreateDefault(Knowledge);

    public static ArticleOrigin Origin { get; } = new("tests");

    public static ArticleImporter ImporterFor(DiplomacyDbContext db) => new(db, Default, Knowledge);
}
