using Diplomacy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Diplomacy.Data.EntityConfigurations;

internal sealed class QuoteConfiguration : IEntityTypeConfiguration<Quote>
{
    public void Configure(EntityTypeBuilder<Quote> builder)
    {
        builder.ToTable("Quotes");
        builder.Property(q => q.MergeKey).HasMaxLength(64).IsFixedLength();
        builder.HasIndex(q => q.MergeKey).IsUnique();
        builder.HasOne(q => q.Speaker).WithMany().HasForeignKey(q => q.SpeakerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(q => q.SpeakerId);
        builder.HasMany(q => q.Sources).WithOne(s => s.Quote).HasForeignKey(s => s.QuoteId).OnDelete(DeleteBehavior.Cascade);
    }
}
