using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Relais.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PlaceEditsAndHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "charter",
                table: "places",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "place_changes",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    place_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    actor_label = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    channel = table.Column<int>(type: "INTEGER", nullable: false),
                    field = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    before = table.Column<string>(type: "TEXT", nullable: true),
                    after = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_place_changes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "place_field_overrides",
                columns: table => new
                {
                    place_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    field = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    edited_value = table.Column<string>(type: "TEXT", nullable: true),
                    source_value = table.Column<string>(type: "TEXT", nullable: true),
                    edited_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_place_field_overrides", x => new { x.place_id, x.field });
                });

            migrationBuilder.CreateIndex(
                name: "IX_place_changes_place_id",
                table: "place_changes",
                column: "place_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "place_changes");

            migrationBuilder.DropTable(
                name: "place_field_overrides");

            migrationBuilder.DropColumn(
                name: "charter",
                table: "places");
        }
    }
}
