using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Relais.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class JobLocksFreshnessClaimsUnpublish : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "unpublished_at",
                table: "places",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "freshness_reminders",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    place_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    period_updated_on = table.Column<DateOnly>(type: "date", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recipients = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_freshness_reminders", x => x.id);
                    table.ForeignKey(
                        name: "FK_freshness_reminders_places_place_id",
                        column: x => x.place_id,
                        principalTable: "places",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "job_locks",
                columns: table => new
                {
                    job_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    occurrence = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    taken_at_ms = table.Column<long>(type: "bigint", nullable: false),
                    expires_at_ms = table.Column<long>(type: "bigint", nullable: false),
                    completed_at_ms = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_job_locks", x => new { x.job_name, x.occurrence });
                });

            migrationBuilder.CreateTable(
                name: "place_claims",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    place_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    ground = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    message = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decided_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_place_claims", x => x.id);
                    table.ForeignKey(
                        name: "FK_place_claims_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_place_claims_places_place_id",
                        column: x => x.place_id,
                        principalTable: "places",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_place_claims_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_freshness_reminders_place_id_period_updated_on",
                table: "freshness_reminders",
                columns: new[] { "place_id", "period_updated_on" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_place_claims_organisation_id",
                table: "place_claims",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "IX_place_claims_place_id",
                table: "place_claims",
                column: "place_id");

            migrationBuilder.CreateIndex(
                name: "IX_place_claims_status_place_id",
                table: "place_claims",
                columns: new[] { "status", "place_id" });

            migrationBuilder.CreateIndex(
                name: "IX_place_claims_user_id",
                table: "place_claims",
                column: "user_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "freshness_reminders");

            migrationBuilder.DropTable(
                name: "job_locks");

            migrationBuilder.DropTable(
                name: "place_claims");

            migrationBuilder.DropColumn(
                name: "unpublished_at",
                table: "places");
        }
    }
}
