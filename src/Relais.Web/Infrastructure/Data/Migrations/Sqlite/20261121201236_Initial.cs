using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Relais.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "app_flags",
                columns: table => new
                {
                    key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    value = table.Column<string>(type: "TEXT", nullable: false),
                    set_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_app_flags", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "communes",
                columns: table => new
                {
                    insee_code = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    name_with_article = table.Column<string>(type: "TEXT", nullable: false),
                    search_key = table.Column<string>(type: "TEXT", nullable: false),
                    department_code = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    postal_codes = table.Column<string>(type: "TEXT", nullable: false),
                    latitude = table.Column<double>(type: "REAL", nullable: true),
                    longitude = table.Column<double>(type: "REAL", nullable: true),
                    population = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_communes", x => x.insee_code);
                });

            migrationBuilder.CreateTable(
                name: "departments",
                columns: table => new
                {
                    code = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    slug = table.Column<string>(type: "TEXT", nullable: false),
                    region_code = table.Column<string>(type: "TEXT", nullable: true),
                    latitude = table.Column<double>(type: "REAL", nullable: false),
                    longitude = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_departments", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "import_runs",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    source_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    rows_read = table.Column<int>(type: "INTEGER", nullable: false),
                    imported = table.Column<int>(type: "INTEGER", nullable: false),
                    rejected = table.Column<int>(type: "INTEGER", nullable: false),
                    warnings = table.Column<int>(type: "INTEGER", nullable: false),
                    removed = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_import_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "places",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    source_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    source_record_id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    department_code = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    has_interpretable_hours = table.Column<bool>(type: "INTEGER", nullable: false),
                    warning_count = table.Column<int>(type: "INTEGER", nullable: false),
                    quality_issues = table.Column<string>(type: "TEXT", nullable: true),
                    imported_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    last_import_run_id = table.Column<string>(type: "TEXT", nullable: false),
                    pivot = table.Column<string>(type: "TEXT", maxLength: 14, nullable: true),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    commune = table.Column<string>(type: "TEXT", nullable: false),
                    postal_code = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    insee_code = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    address = table.Column<string>(type: "TEXT", nullable: false),
                    address_complement = table.Column<string>(type: "TEXT", nullable: true),
                    latitude = table.Column<double>(type: "REAL", nullable: true),
                    longitude = table.Column<double>(type: "REAL", nullable: true),
                    typologies = table.Column<string>(type: "TEXT", nullable: true),
                    phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    emails = table.Column<string>(type: "TEXT", nullable: true),
                    websites = table.Column<string>(type: "TEXT", nullable: true),
                    opening_hours = table.Column<string>(type: "TEXT", nullable: true),
                    summary_presentation = table.Column<string>(type: "TEXT", nullable: true),
                    detailed_presentation = table.Column<string>(type: "TEXT", nullable: true),
                    collected_by = table.Column<string>(type: "TEXT", nullable: true),
                    itinerancy = table.Column<int>(type: "INTEGER", nullable: false),
                    parent_network = table.Column<string>(type: "TEXT", nullable: true),
                    updated_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    services = table.Column<int>(type: "INTEGER", nullable: false),
                    target_publics = table.Column<int>(type: "INTEGER", nullable: false),
                    specific_supports = table.Column<int>(type: "INTEGER", nullable: false),
                    fee_conditions = table.Column<int>(type: "INTEGER", nullable: false),
                    national_programmes = table.Column<int>(type: "INTEGER", nullable: false),
                    training_labels = table.Column<int>(type: "INTEGER", nullable: false),
                    other_labels = table.Column<string>(type: "TEXT", nullable: true),
                    access_modes = table.Column<int>(type: "INTEGER", nullable: false),
                    support_modes = table.Column<int>(type: "INTEGER", nullable: false),
                    accessibility_sheet_url = table.Column<string>(type: "TEXT", nullable: true),
                    booking_url = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_places", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "regions",
                columns: table => new
                {
                    code = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    slug = table.Column<string>(type: "TEXT", nullable: false),
                    latitude = table.Column<double>(type: "REAL", nullable: false),
                    longitude = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_regions", x => x.code);
                });

            migrationBuilder.CreateIndex(
                name: "IX_communes_department_code",
                table: "communes",
                column: "department_code");

            migrationBuilder.CreateIndex(
                name: "IX_communes_search_key",
                table: "communes",
                column: "search_key");

            migrationBuilder.CreateIndex(
                name: "IX_import_runs_source_name_started_at",
                table: "import_runs",
                columns: new[] { "source_name", "started_at" });

            migrationBuilder.CreateIndex(
                name: "IX_places_department_code",
                table: "places",
                column: "department_code");

            migrationBuilder.CreateIndex(
                name: "IX_places_insee_code",
                table: "places",
                column: "insee_code");

            migrationBuilder.CreateIndex(
                name: "IX_places_latitude_longitude",
                table: "places",
                columns: new[] { "latitude", "longitude" });

            migrationBuilder.CreateIndex(
                name: "IX_places_source_name_source_record_id",
                table: "places",
                columns: new[] { "source_name", "source_record_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "app_flags");

            migrationBuilder.DropTable(
                name: "communes");

            migrationBuilder.DropTable(
                name: "departments");

            migrationBuilder.DropTable(
                name: "import_runs");

            migrationBuilder.DropTable(
                name: "places");

            migrationBuilder.DropTable(
                name: "regions");
        }
    }
}
