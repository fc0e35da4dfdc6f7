namespace Diplomacy.Web.Infrastructure;

/// <summary>Reads one query parameter's text (never blank) as a value, or says it cannot.</summary>
public delegate bool ParameterParser<T>(string text, out T value);
