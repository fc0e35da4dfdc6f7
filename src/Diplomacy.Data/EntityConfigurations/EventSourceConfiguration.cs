using Diplomacy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Diplomacy.Data.EntityConfigurations;

internal sealed class EventSourceConfiguration : IEntityTypeConfiguration<EventSource>
{
    public void Configure(EntityTypeBuilder<EventSource> builder)
    {
        builder.ToTable("EventSources");
        builder.Property(s => s.EvidenceKey).HasMaxLength(64).IsFixedLength();
        builder.HasIndex(s => s.ArticleId);

        // Merging asks, per event, "is there a source with this evidence?" and "what are its date readings?";
        // both are answered from these indexes alone, however many articles report the event.
        builder.HasIndex(s => new { s.EventId, s.EvidenceKey });
        builder.HasIndex(s => new { s.EventId, s.Date, s.DatePrecision, s.ArticlePublished, s.ArticleId });

        // The timeline asks, per event in its date range, "is one of its sentences on this topic?": answered from
        // this index alone.
        builder.HasIndex(s => new { s.EventId, s.SentenceTopics });
    }
}
