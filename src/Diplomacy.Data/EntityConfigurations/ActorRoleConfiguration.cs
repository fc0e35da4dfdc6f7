using Diplomacy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Diplomacy.Data.EntityConfigurations;

internal sealed class ActorRoleConfiguration : IEntityTypeConfiguration<ActorRole>
{
    public void Configure(EntityTypeBuilder<ActorRole> builder)
    {
        builder.ToTable("ActorRoles");
        builder.Property(r => r.Title).HasMaxLength(200);
        builder.HasIndex(r => new { r.ActorId, r.Title, r.From }).IsUnique();
    }
}
