package org.jobline.admin.vacancies;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jobline.vacancy.VacancyInput;

/** A previewed CSV import waiting for confirmation, then its progress (kept in memory, for its owner only). */
final class ImportJob {
  final String owner;
  final List<VacancyInput> valid;
  final int invalid;
  final boolean publish;
  final long expiresAt;
  final AtomicBoolean started = new AtomicBoolean();
  final AtomicInteger done = new AtomicInteger();
  final AtomicInteger failed = new AtomicInteger();
  volatile boolean finished;

  ImportJob(String owner, List<VacancyInput> valid, int invalid, boolean publish, long expiresAt) {
    this.owner = owner;
    this.valid = List.copyOf(valid);
    this.invalid = invalid;
    this.publish = publish;
    this.expiresAt = expiresAt;
  }
}
