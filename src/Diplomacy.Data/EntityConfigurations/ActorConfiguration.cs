using Diplomacy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Diplomacy.Data.EntityConfigurations;

internal sealed class ActorConfiguration : IEntityTypeConfiguration<Actor>
{
    public void Configure(EntityTypeBuilder<Actor> builder)
    {
        builder.ToTable("Actors");
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.Property(a => a.Country).HasMaxLength(100);
        builder.HasIndex(a => a.Name).IsUnique();
        builder.HasMany(a => a.Aliases).WithOne(a => a.Actor).HasForeignKey(a => a.ActorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Roles).WithOne(r => r.Actor).HasForeignKey(r => r.ActorId).OnDelete(DeleteBehavior.Cascade);
    }
}
