using Diplomacy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Diplomacy.Data.EntityConfigurations;

internal sealed class QuoteSourceConfiguration : IEntityTypeConfiguration<QuoteSource>
{
    public void Configure(EntityTypeBuilder<QuoteSource> builder)
    {
        builder.ToTable("QuoteSources");
        builder.Property(s => s.Cue).HasMaxLength(500);
        builder.HasIndex(s => s.QuoteId);
        builder.HasIndex(s => s.ArticleId);
    }
}
