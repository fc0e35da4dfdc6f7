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
        builder.HasIndex(s => s.EventId);
        builder.HasIndex(s => s.ArticleId);
        builder.HasIndex(s => s.EvidenceKey);
    }
}
