using Diplomacy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Diplomacy.Data.EntityConfigurations;

internal sealed class MentionConfiguration : IEntityTypeConfiguration<Mention>
{
    public void Configure(EntityTypeBuilder<Mention> builder)
    {
        builder.ToTable("Mentions");
        builder.Property(m => m.Surface).HasMaxLength(500);
        builder.HasOne(m => m.Actor).WithMany().HasForeignKey(m => m.ActorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => m.ArticleId);
        builder.HasIndex(m => m.ActorId);
    }
}
