using Diplomacy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Diplomacy.Data.EntityConfigurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.ToTable("Articles");
        builder.Property(a => a.FileName).HasMaxLength(500);
        builder.Property(a => a.Title).HasMaxLength(2000);
        builder.Property(a => a.TitleSetBy).HasMaxLength(200);
        builder.Property(a => a.PublishedSetBy).HasMaxLength(200);
        builder.Property(a => a.SourceName).HasMaxLength(200);
        builder.Property(a => a.Url).HasMaxLength(2000);
        builder.Property(a => a.AddedBy).HasMaxLength(200);
        builder.Property(a => a.ContentHash).HasMaxLength(64).IsFixedLength();
        builder.HasIndex(a => a.ContentHash).IsUnique();
        builder.HasIndex(a => a.Published);
        builder.HasMany(a => a.Actors).WithOne(a => a.Article).HasForeignKey(a => a.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Mentions).WithOne(m => m.Article).HasForeignKey(m => m.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.QuoteSources).WithOne(s => s.Article).HasForeignKey(s => s.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.EventSources).WithOne(s => s.Article).HasForeignKey(s => s.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Positions).WithOne(p => p.Article).HasForeignKey(p => p.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Flags).WithOne(f => f.Article).HasForeignKey(f => f.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Repairs).WithOne(r => r.Article).HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
