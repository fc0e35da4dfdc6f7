using Diplomacy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Diplomacy.Data.EntityConfigurations;

internal sealed class PositionConfiguration : IEntityTypeConfiguration<Position>
{
    public void Configure(EntityTypeBuilder<Position> builder)
    {
        builder.ToTable("Positions");
        builder.Property(p => p.Stance).HasMaxLength(1000);
        builder.Property(p => p.Holder).HasMaxLength(200);
        builder.HasOne(p => p.HolderActor).WithMany().HasForeignKey(p => p.HolderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.ArticleId);
        builder.HasIndex(p => p.HolderId);
        builder.HasIndex(p => new { p.Topic, p.Side, p.Date });
        builder.HasIndex(p => p.Date);

        // The timeline counts the positions in its date range by side, topic and holder: these counts read this
        // index alone instead of looking up every position in the range in the table.
        builder.HasIndex(p => new { p.Date, p.Topic, p.Side, p.HolderId });
    }
}
