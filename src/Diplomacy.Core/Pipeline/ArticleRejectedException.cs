namespace Diplomacy.Core.Pipeline;

/// <summary>The input cannot be read as an article (empty, binary, undecodable); the message says why in plain words.</summary>
public sealed class ArticleRejectedException : Exception
{
    public ArticleRejectedException()
    {
    }

    public ArticleRejectedException(string message)
        : base(message)
    {
    }

    public ArticleRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
