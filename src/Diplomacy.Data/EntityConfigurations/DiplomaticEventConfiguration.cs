using Diplomacy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Diplomacy.Data.EntityConfigurations;

internal sealed class DiplomaticEventConfiguration : IEntityTypeConfiguration<DiplomaticEvent>
{
    public void Configure(EntityTypeBuilder<DiplomaticEvent> builder)
    {
        builder.ToTable("Events");
        builder.Property(e => e.CameoCode).HasMaxLength(8);
        builder.Property(e => e.Summary).HasMaxLength(2000);
        builder.Property(e => e.Location).HasMaxLength(200);
        builder.Property(e => e.ParticipantKey).HasMaxLength(64).IsFixedLength();
        builder.HasIndex(e => new { e.Type, e.ParticipantKey, e.Date });
        builder.HasIndex(e => e.Date);

        // The timeline counts the events in its date range by type: read from this index alone.
        builder.HasIndex(e => new { e.Date, e.Type });
        builder.HasMany(e => e.Participants).WithOne(p => p.Event).HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Sources).WithOne(s => s.Event).HasForeignKey(s => s.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}
