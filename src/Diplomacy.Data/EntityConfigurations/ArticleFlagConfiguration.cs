using Diplomacy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Diplomacy.Data.EntityConfigurations;

internal sealed class ArticleFlagConfiguration : IEntityTypeConfiguration<ArticleFlag>
{
    public void Configure(EntityTypeBuilder<ArticleFlag> builder)
    {
        builder.ToTable("ArticleFlags");
        builder.Property(f => f.Message).HasMaxLength(1000);
        builder.HasIndex(f => f.ArticleId);
    }
}
