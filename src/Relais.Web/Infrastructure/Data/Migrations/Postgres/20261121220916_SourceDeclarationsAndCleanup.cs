using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Relais.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SourceDeclarationsAndCleanup : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "cleanup_changes",
                table: "places",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "location_approximate",
                table: "places",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "source_fingerprint",
                table: "places",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "added",
                table: "import_runs",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "content_hash",
                table: "import_runs",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "declaration_hash",
                table: "import_runs",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "error",
                table: "import_runs",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "status",
                table: "import_runs",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "succeeded"); // runs recorded before this migration all succeeded: failures were not recorded

            migrationBuilder.AddColumn<string>(
                name: "summary",
                table: "import_runs",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "unchanged_rows",
                table: "import_runs",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "updated",
                table: "import_runs",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "cleanup_changes",
                table: "places");

            migrationBuilder.DropColumn(
                name: "location_approximate",
                table: "places");

            migrationBuilder.DropColumn(
                name: "source_fingerprint",
                table: "places");

            migrationBuilder.DropColumn(
                name: "added",
                table: "import_runs");

            migrationBuilder.DropColumn(
                name: "content_hash",
                table: "import_runs");

            migrationBuilder.DropColumn(
                name: "declaration_hash",
                table: "import_runs");

            migrationBuilder.DropColumn(
                name: "error",
                table: "import_runs");

            migrationBuilder.DropColumn(
                name: "status",
                table: "import_runs");

            migrationBuilder.DropColumn(
                name: "summary",
                table: "import_runs");

            migrationBuilder.DropColumn(
                name: "unchanged_rows",
                table: "import_runs");

            migrationBuilder.DropColumn(
                name: "updated",
                table: "import_runs");
        }
    }
}
