using Diplomacy.Core.Model;

namespace Diplomacy.Core.Pipeline;

/// <summary>One step of extraction: reads some layers of the document and adds one.</summary>
public interface IPipelineStage
{
    /// <summary>Adds this stage's layer to the document. Must be thread-safe: a built pipeline is shared.</summary>
    void Process(ArticleDocument document);
}
