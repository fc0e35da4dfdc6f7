using Diplomacy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Diplomacy.Data.EntityConfigurations;

internal sealed class ArticleRepairConfiguration : IEntityTypeConfiguration<ArticleRepair>
{
    public void Configure(EntityTypeBuilder<ArticleRepair> builder)
    {
        builder.ToTable("ArticleRepairs");
        builder.Property(r => r.Kind).HasMaxLength(50);
        builder.HasIndex(r => r.ArticleId);
    }
}
