/**
 * The fact model that rule sets see: the student's facts as the engine inserts them, the facts that
 * rules derive, and the result facts they insert. A rule set may use only this package, the domain
 * enums ({@code Priority}, {@code FollowUpType}, {@code OwnerRole}, {@code EscalationLevel},
 * {@code HomeVisitMode}, {@code Circumstance}, {@code ObservationCategory}, {@code Band}),
 * {@code java.time} and {@code java.util} (see {@code DrlValidator}).
 *
 * <p>All facts are immutable records, so logical insertion (truth maintenance) merges equal facts and
 * retracts derived facts when their justification goes away.
 */
package org.xinyu.rules.engine.fact;
