using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Diplomacy.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class KeepEditorCorrections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PublishedSetBy",
                table: "Articles",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TitleSetBy",
                table: "Articles",
                type: "TEXT",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PublishedSetBy",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "TitleSetBy",
                table: "Articles");
        }
    }
}
